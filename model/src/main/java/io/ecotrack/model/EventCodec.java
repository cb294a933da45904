package io.ecotrack.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * JSON (UTF-8) encoding of the events. Decoding never lets a bad record through: anything that is not
 * a valid event becomes a {@link MalformedEventException} whose message is the reason a reader can act on.
 */
public final class EventCodec {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      // keep the article's own offset (+09:00) instead of shifting every date to UTC
      .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      // newer producers may add fields; readers of schema 1 ignore them
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private EventCodec() {}

  /** The mapper configured for ecotrack events, for callers that write JSON of their own (the CLI). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static byte[] encode(Object event) {
    try {
      return MAPPER.writeValueAsBytes(event);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot encode " + event.getClass().getSimpleName(), e);
    }
  }

  public static String encodeToString(Object event) {
    return new String(encode(event), StandardCharsets.UTF_8);
  }

  public static ArticleFetched decodeFetched(byte[] bytes) {
    return decode(bytes, ArticleFetched.class);
  }

  public static ArticleEnriched decodeEnriched(byte[] bytes) {
    return decode(bytes, ArticleEnriched.class);
  }

  public static Correction decodeCorrection(byte[] bytes) {
    return decode(bytes, Correction.class);
  }

  private static <T> T decode(byte[] bytes, Class<T> type) {
    if (bytes == null || bytes.length == 0) {
      throw new MalformedEventException("empty record (tombstone or no value)");
    }
    requireUtf8(bytes);
    try {
      T event = MAPPER.readValue(bytes, type);
      if (event == null) {
        throw new MalformedEventException("record is JSON null, not a " + type.getSimpleName());
      }
      return event;
    } catch (JsonMappingException e) {
      // the compact constructors throw MalformedEventException with the precise reason; Jackson wraps it
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof MalformedEventException m) {
          throw m;
        }
      }
      throw new MalformedEventException("not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new MalformedEventException("not JSON: " + firstLine(e.getMessage()), e);
    }
  }

  private static void requireUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      throw new MalformedEventException("not valid UTF-8", e);
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
