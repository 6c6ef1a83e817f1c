using System.Text.Json.Nodes;

namespace Remediator.Template.Tests.Loading;

public sealed class CloudFormationYamlTests
{
    [Theory]
    [InlineData("Value: !Ref Mode", """{"Ref":"Mode"}""")]
    [InlineData("Value: !GetAtt Queue.Arn", """{"Fn::GetAtt":["Queue","Arn"]}""")]
    [InlineData("Value: !GetAtt Database.Endpoint.Address", """{"Fn::GetAtt":["Database","Endpoint.Address"]}""")]
    [InlineData("Value: !GetAtt [Queue, Arn]", """{"Fn::GetAtt":["Queue","Arn"]}""")]
    [InlineData("Value: !Sub arn:${AWS::Partition}:ec2:*", """{"Fn::Sub":"arn:${AWS::Partition}:ec2:*"}""")]
    [InlineData("Value: !Sub [\"${A}-x\", { A: !Ref B }]", """{"Fn::Sub":["${A}-x",{"A":{"Ref":"B"}}]}""")]
    [InlineData("Value: !If [On, !Ref A, !Ref AWS::NoValue]", """{"Fn::If":["On",{"Ref":"A"},{"Ref":"AWS::NoValue"}]}""")]
    [InlineData("Value: !Not [!Equals [!Ref Rate, \"off\"]]", """{"Fn::Not":[{"Fn::Equals":[{"Ref":"Rate"},"off"]}]}""")]
    [InlineData("Value: !Not [!Condition Other]", """{"Fn::Not":[{"Condition":"Other"}]}""")]
    [InlineData("Value: !Select [0, !GetAZs \"\"]", """{"Fn::Select":[0,{"Fn::GetAZs":""}]}""")]
    [InlineData("Value: !Join [\",\", [a, b]]", """{"Fn::Join":[",",["a","b"]]}""")]
    public void Short_form_intrinsics_become_their_long_form(string yaml, string json)
    {
        AssertJson(json, CloudFormationYaml.Load(yaml)["Value"]);
    }

    [Theory]
    [InlineData("Value: false", "false")]
    [InlineData("Value: true", "true")]
    [InlineData("Value: 60", "60")]
    [InlineData("Value: 0.5", "0.5")]
    [InlineData("Value: ~", "null")]
    [InlineData("Value:", "null")]
    [InlineData("Value: igw-", "\"igw-\"")]
    [InlineData("Value: 1 hour", "\"1 hour\"")]
    [InlineData("Value: \"false\"", "\"false\"")]
    [InlineData("Value: '60'", "\"60\"")]
    [InlineData("Value: !!str 60", "\"60\"")]
    [InlineData("Value: [{ exists: false }]", """[{"exists":false}]""")]
    [InlineData("Value: >-\n  two\n  lines", "\"two lines\"")]
    public void Plain_scalars_get_their_YAML_type_and_quoted_ones_stay_strings(string yaml, string json)
    {
        AssertJson(json, CloudFormationYaml.Load(yaml)["Value"]);
    }

    [Fact]
    public void A_duplicate_key_is_an_error_rather_than_a_silent_overwrite()
    {
        Assert.Throws<InvalidDataException>(() => CloudFormationYaml.Load("A: 1\nA: 2"));
    }

    [Fact]
    public void The_repository_templates_load_the_central_one_with_SAM_and_the_member_one_without()
    {
        // Service-managed StackSets cannot deploy a template that needs a transform's macro expansion.
        Assert.Equal("AWS::Serverless-2016-10-31", (string?)TemplateDocument.Central.Root["Transform"]);
        Assert.Null(TemplateDocument.Member.Root["Transform"]);
        Assert.NotEmpty(TemplateDocument.Central.Resources);
        Assert.NotEmpty(TemplateDocument.Member.Resources);
    }

    private static void AssertJson(string expected, JsonNode? actual) =>
        Assert.Equal(JsonNode.Parse(expected)?.ToJsonString() ?? "null", actual?.ToJsonString() ?? "null");
}
