package org.opioidregistry.server;

/**
 * What the reviewers' page may load: only this server's own scripts, styles and images. Inline
 * scripts are refused, so a registry value that reached the page as markup still could not run (the
 * page also writes every value as text). JSME's GWT loader needs {@code 'unsafe-eval'}.
 *
 * <p>Constants only.
 */
final class Page {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
          + "img-src 'self' data:; connect-src 'self'; frame-src 'self'; object-src 'none'; "
          + "base-uri 'none'; form-action 'self'";

  private Page() {}
}
