package org.opioidregistry.server;

/**
 * What the pages may load: only this server's own files. The reviewers' page, which shows registry
 * values, refuses inline script and eval, so a value that reached it as markup still could not run
 * (the page also writes every value as text). The structure editor's frame ({@code editor.html},
 * JSME's files under {@code /jsme/}) shows no registry value; JSME's GWT loader needs inline script
 * and eval there.
 *
 * <p>Constants only; thread-safe.
 */
final class Page {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
          + "img-src 'self' data:; connect-src 'self'; frame-src 'self'; object-src 'none'; "
          + "base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

  static final String EDITOR_CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
          + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
          + "frame-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'";

  private Page() {}

  /** The policy of a path: the editor's frame and files, or every other page. */
  static String policyOf(String path) {
    return path.equals("/editor.html") || path.startsWith("/jsme/")
        ? EDITOR_CONTENT_SECURITY_POLICY
        : CONTENT_SECURITY_POLICY;
  }
}
