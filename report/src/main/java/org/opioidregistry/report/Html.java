package org.opioidregistry.report;

/**
 * Escaping of untrusted text for the report's markup, which is both HTML and well-formed XML (so
 * that browsers and the PDF renderer read the same document). Stateless.
 */
final class Html {

  private Html() {}

  /**
   * Escapes text for an element's content or a quoted attribute. Control characters, unpaired
   * surrogates and bidirectional controls become U+FFFD: XML cannot hold the first two, and the
   * last could make a query read in another order than it was typed.
   */
  static String esc(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (replaced(c)) {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  private static boolean replaced(char c) {
    return (c < 0x20 && c != '\n' && c != '\t')
        || (c >= 0x7f && c < 0xa0)
        || Character.isSurrogate(c)
        || c == '\uFFFE'
        || c == '\uFFFF'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200E'
        || c == '\u200F'
        || c == '\u061C';
  }
}
