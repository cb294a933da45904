package io.ecotrack.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.ecotrack.app.cli.EcotrackCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** No Docker engine runs in CI: this checks docker-compose.yml against the CLI and ecotrack's Kafka expectations. */
class DockerComposeTest {
  final JsonNode compose;

  DockerComposeTest() throws Exception {
    compose = new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "docker-compose.yml").toFile());
  }

  @Test
  void everyServiceCommandIsARealEcotrackCommand() {
    Map<String, CommandLine> commands = new CommandLine(new EcotrackCommand()).getSubcommands();
    List<String> checked = new ArrayList<>();
    compose.get("services").fields().forEachRemaining(service -> {
      if (service.getKey().equals("kafka")) {
        return;
      }
      JsonNode command = service.getValue().get("command");
      assertTrue(command != null && command.isArray(), service.getKey() + " has a command list");
      List<String> args = new ArrayList<>();
      command.forEach(a -> args.add(a.asText()));
      assertTrue(commands.containsKey(args.get(0)), service.getKey() + ": unknown command " + args.get(0));
      // parses without error: the flags and arguments are real too
      new CommandLine(new EcotrackCommand()).parseArgs(args.toArray(String[]::new));
      assertEquals("kafka:9092", service.getValue().path("environment").path("ECOTRACK_BOOTSTRAP_SERVERS").asText("kafka:9092"));
      checked.add(service.getKey());
    });
    assertTrue(checked.containsAll(List.of("crawl", "extract", "index")), checked.toString());
  }

  @Test
  void kafkaIsASingleKraftNodeWithoutTopicAutoCreation() {
    JsonNode env = compose.at("/services/kafka/environment");
    assertTrue(compose.at("/services/kafka/image").asText().startsWith("apache/kafka:"));
    assertEquals("broker,controller", env.get("KAFKA_PROCESS_ROLES").asText());
    assertEquals("1", env.get("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR").asText());
    assertEquals("false", env.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE").asText(), "ecotrack creates its topics with their settings");
    assertTrue(env.get("KAFKA_ADVERTISED_LISTENERS").asText().contains("kafka:9092"));
    assertFalse(compose.at("/services/index/volumes").isMissingNode(), "the index lives on a volume");
  }
}
