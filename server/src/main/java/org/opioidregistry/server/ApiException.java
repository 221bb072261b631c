package org.opioidregistry.server;

/**
 * A request that cannot be answered, with the HTTP status and the error record to send. Thrown by
 * handlers and turned into a JSON response in one place ({@link RegistryServer}).
 *
 * <p>Immutable and thread-safe.
 */
final class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final ErrorBody body;

  ApiException(int status, String reason, String message, Integer position) {
    super(message);
    this.status = status;
    this.body = new ErrorBody(reason, message, position);
  }

  ApiException(int status, String reason, String message) {
    this(status, reason, message, null);
  }

  static ApiException badRequest(String reason, String message) {
    return new ApiException(400, reason, message);
  }

  int status() {
    return status;
  }

  ErrorBody body() {
    return body;
  }

  @Override
  public String toString() {
    return "ApiException[" + status + " " + body + "]";
  }
}
