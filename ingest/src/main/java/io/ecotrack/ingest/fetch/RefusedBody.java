package io.ecotrack.ingest.fetch;

import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** A body not read at all, because its headers already say why (a declared length over the cap). */
final class RefusedBody implements BodySubscriber<byte[]> {
  /** Carries the {@link FetchException} out of the HTTP client's future. */
  static final class Refusal extends IOException {
    private final FetchException reason;

    Refusal(FetchException reason) {
      super(reason.getMessage());
      this.reason = reason;
    }

    FetchException reason() {
      return reason;
    }
  }

  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final Refusal refusal;

  RefusedBody(FetchException reason) {
    this.refusal = new Refusal(reason);
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    s.cancel();
    result.completeExceptionally(refusal);
  }

  @Override
  public void onNext(List<ByteBuffer> item) {}

  @Override
  public void onError(Throwable throwable) {
    result.completeExceptionally(refusal);
  }

  @Override
  public void onComplete() {
    result.completeExceptionally(refusal);
  }
}
