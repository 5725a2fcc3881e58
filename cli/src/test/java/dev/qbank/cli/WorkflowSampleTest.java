package dev.qbank.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The sample CI workflow for a question repository (docs/github-workflow-validate.yml) does what README says it
 * does. fix43 (contributor audit 42): its {@code paths: bank/**} filter ran no check on a pull request that touched
 * only files outside {@code bank/}, although validate reads the sources {@code bank.yaml} names (anywhere in the
 * repository) and a contributions folder, and README said it ran on every pull request.
 */
class WorkflowSampleTest {
    private static final Path ROOT = Path.of("..");

    @Test
    void theSampleWorkflowChecksEveryPullRequestAsReadmeSays() throws Exception {
        JsonNode workflow = YAMLMapper.builder().build()
                .readTree(Files.readString(ROOT.resolve("docs/github-workflow-validate.yml")));
        JsonNode on = workflow.get("on");
        assertThat(on.has("pull_request")).isTrue();
        for (String event : new String[] {"pull_request", "push"}) {
            JsonNode trigger = on.get(event);
            assertThat(trigger == null || trigger.isNull() || !trigger.has("paths") && !trigger.has("paths-ignore"))
                    .as("%s runs whatever files the change touches", event).isTrue();
        }
        JsonNode steps = workflow.get("jobs").get("validate").get("steps");
        assertThat(steps.get(steps.size() - 1).get("run").asString()).contains("qbank.jar validate --format github bank/");

        String readme = Files.readString(ROOT.resolve("README.md"));
        assertThat(readme).contains("is a sample workflow\nfor a question repository that runs it on every pull request "
                + "and every push to `main`, whatever files they touch");
    }
}
