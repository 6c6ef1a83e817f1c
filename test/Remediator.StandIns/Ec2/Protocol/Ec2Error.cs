namespace Remediator.StandIns.Ec2.Protocol;

/// <summary>
/// An EC2 error as it goes on the wire: HTTP status, code and message. Codes and statuses follow the
/// EC2 API reference's error list (client errors 4xx, server errors 5xx); messages imitate what EC2
/// answers, but callers must classify by code, never by message.
/// </summary>
internal sealed record Ec2Error(int Status, string Code, string Message)
{
    public static Ec2Error RequestLimitExceeded() => new(503, "RequestLimitExceeded", "Request limit exceeded.");

    public static Ec2Error InternalError() =>
        new(500, "InternalError", "An internal error has occurred.");

    public static Ec2Error InvalidAction(string action) =>
        new(400, "InvalidAction", $"The action {action} is not valid for this web service.");

    public static Ec2Error MissingAction() => new(400, "MissingAction", "The request must contain the parameter Action.");

    public static Ec2Error MissingParameter(string name) =>
        new(400, "MissingParameter", $"The request must contain the parameter {name}");

    public static Ec2Error InvalidParameterValue(string message) => new(400, "InvalidParameterValue", message);

    public static Ec2Error InvalidParameterCombination(string message) => new(400, "InvalidParameterCombination", message);

    public static Ec2Error InvalidFilter(string name) => InvalidParameterValue($"The filter '{name}' is invalid");

    public static Ec2Error InvalidNextToken(string token) =>
        new(400, "InvalidNextToken", $"The token '{token}' is invalid");

    public static Ec2Error MissingAuthenticationToken() =>
        new(403, "MissingAuthenticationToken", "Request is missing Authentication Token");

    public static Ec2Error IncompleteSignature(string message) => new(400, "IncompleteSignature", message);

    public static Ec2Error AuthFailure() => new(401, "AuthFailure", "AWS was not able to validate the provided access credentials");

    public static Ec2Error RequestExpired(string message) => new(400, "RequestExpired", message);

    public static Ec2Error SignatureDoesNotMatch(string message) => new(403, "SignatureDoesNotMatch", message);

    public static Ec2Error IdempotentParameterMismatch(string token) => new(
        400,
        "IdempotentParameterMismatch",
        $"Client token {token} has already been used with different parameters.");

    public static Ec2Error PrefixListNotFound(string id) =>
        new(400, "InvalidPrefixListId.NotFound", $"The prefix list ID '{id}' does not exist");

    public static Ec2Error RouteTableNotFound(string id) =>
        new(400, "InvalidRouteTableID.NotFound", $"The routeTable ID '{id}' does not exist");

    public static Ec2Error SubnetNotFound(string id) =>
        new(400, "InvalidSubnetID.NotFound", $"The subnet ID '{id}' does not exist");

    public static Ec2Error VpcNotFound(string id) =>
        new(400, "InvalidVpcID.NotFound", $"The vpc ID '{id}' does not exist");

    public static Ec2Error EgressOnlyInternetGatewayNotFound(string id) => new(
        400,
        "InvalidEgressOnlyInternetGatewayId.NotFound",
        $"The egress-only internet gateway ID '{id}' does not exist");

    /// <summary>What CreateRoute and ReplaceRoute answer for a target gateway that does not exist.</summary>
    public static Ec2Error GatewayNotFound(string id) =>
        new(400, "InvalidGatewayID.NotFound", $"The {id.Split('-')[0]} ID '{id}' does not exist");

    public static Ec2Error InternetGatewayNotFound(string id) =>
        new(400, "InvalidInternetGatewayID.NotFound", $"The internetGateway ID '{id}' does not exist");

    public static Ec2Error AssociationNotFound(string id) =>
        new(400, "InvalidAssociationID.NotFound", $"The association ID '{id}' does not exist");

    public static Ec2Error RouteAlreadyExists(string destination) =>
        new(400, "RouteAlreadyExists", $"The route identified by {destination} already exists.");

    /// <param name="filterName">The destination as DescribeRouteTables' filters name it, e.g. <c>destination-cidr-block</c>.</param>
    public static Ec2Error RouteNotFound(string tableId, string filterName, string destination) =>
        new(400, "InvalidRoute.NotFound", $"no route with {filterName} {destination} in route table {tableId}");

    /// <summary>What AttachInternetGateway answers for a gateway attached to any VPC, the one named included.</summary>
    public static Ec2Error AlreadyAttached(string gatewayId, string vpcId) =>
        new(400, "Resource.AlreadyAssociated", $"resource {gatewayId} is already attached to network {vpcId}");

    public static Ec2Error GatewayNotAttached(string gatewayId, string vpcId) =>
        new(400, "Gateway.NotAttached", $"resource {gatewayId} is not attached to network {vpcId}");

    public Ec2Exception ToException() => new(this);
}
