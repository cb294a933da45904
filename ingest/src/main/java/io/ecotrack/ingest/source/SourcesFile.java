package io.ecotrack.ingest.source;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a sources file (YAML; see {@code examples/sources.yaml} for every key). The whole file is checked
 * before anything is fetched: an error names the file, the line and the reason.
 */
public final class SourcesFile {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private SourcesFile() {}

  /** Thrown for a sources file that cannot be used; the message is one line for the user. */
  public static final class InvalidSourcesException extends RuntimeException {
    public InvalidSourcesException(String message) {
      super(message);
    }
  }

  record Document(List<Source> sources) {
    @JsonCreator
    Document(@JsonProperty("sources") List<Source> sources) {
      this.sources = sources == null ? List.of() : sources;
    }
  }

  public static List<Source> read(Path file) {
    Document doc;
    try {
      doc = YAML.readValue(file.toFile(), Document.class);
    } catch (NoSuchFileException | java.io.FileNotFoundException e) {
      throw new InvalidSourcesException("sources file " + file + " does not exist");
    } catch (JsonProcessingException e) {
      String reason = reason(e);
      throw new InvalidSourcesException(file + lineOf(file, e, reason) + ": " + reason);
    } catch (IOException e) {
      throw new InvalidSourcesException("cannot read sources file " + file + ": " + e.getMessage());
    }
    if (doc == null || doc.sources().isEmpty()) {
      throw new InvalidSourcesException(file + ": no sources (expected a 'sources:' list)");
    }
    Set<String> names = new HashSet<>();
    for (Source s : doc.sources()) {
      if (!names.add(s.name())) {
        throw new InvalidSourcesException(file + ": two sources are named '" + s.name() + "'");
      }
    }
    return doc.sources();
  }

  private static final java.util.regex.Pattern SOURCE_NAME = java.util.regex.Pattern.compile("source '([^']+)'");

  /** The line of the entry a validation error names (Jackson reports the end of the entry), else Jackson's line. */
  private static String lineOf(Path file, JsonProcessingException e, String reason) {
    java.util.regex.Matcher m = SOURCE_NAME.matcher(reason);
    if (m.find()) {
      try {
        List<String> lines = java.nio.file.Files.readAllLines(file);
        java.util.regex.Pattern entry = java.util.regex.Pattern.compile(
            "^\\s*-?\\s*name:\\s*['\"]?" + java.util.regex.Pattern.quote(m.group(1)) + "['\"]?\\s*$");
        for (int i = 0; i < lines.size(); i++) {
          if (entry.matcher(lines.get(i)).find()) {
            return ":" + (i + 1);
          }
        }
      } catch (IOException ignored) {
        // fall back to Jackson's location
      }
    }
    JsonLocation loc = e.getLocation();
    return loc == null || loc.getLineNr() < 1 ? "" : ":" + loc.getLineNr();
  }

  private static String reason(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException u) {
      return "unknown key '" + u.getPropertyName() + "'";
    }
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof IllegalArgumentException) {
        return t.getMessage();
      }
    }
    String m = e.getOriginalMessage();
    int nl = m == null ? -1 : m.indexOf('\n');
    return nl < 0 ? String.valueOf(m) : m.substring(0, nl);
  }
}
