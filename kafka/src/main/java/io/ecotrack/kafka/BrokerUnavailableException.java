package io.ecotrack.kafka;

/** Kafka could not be reached or started; the message names the address or the log to read. */
public class BrokerUnavailableException extends RuntimeException {
  public BrokerUnavailableException(String message) {
    super(message);
  }

  public BrokerUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
