package org.opioidregistry.depict;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts CDK's SVG drawing into one document with our own texts: a heading above and legend lines
 * below, as {@code <text>} elements (selectable and searchable, unlike CDK's outlined glyphs). The
 * one place that writes text into SVG, so the one place that escapes it.
 *
 * <p>Stateless and thread-safe.
 */
final class SvgDocument {

  private static final double LINE = 16;
  private static final double FONT = 12;
  private static final Pattern SIZE =
      Pattern.compile("<svg[^>]*?width='([0-9.]+)(?:px)?'[^>]*?height='([0-9.]+)(?:px)?'");

  private SvgDocument() {}

  static String compose(String cdkSvg, String title, List<String> legend) {
    String drawing = cdkSvg.substring(cdkSvg.indexOf("<svg"));
    Matcher size = SIZE.matcher(drawing);
    if (!size.find()) {
      throw new IllegalStateException("CDK's SVG has no width and height");
    }
    double width = Double.parseDouble(size.group(1));
    double height = Double.parseDouble(size.group(2));
    double top = title.isEmpty() ? 0 : LINE + 4;
    double longest = legend.stream().mapToInt(String::length).max().orElse(0) * FONT * 0.55;
    double totalWidth = Math.max(width, longest + 8);
    double totalHeight = top + height + legend.size() * LINE + (legend.isEmpty() ? 0 : 4);
    StringBuilder out = new StringBuilder();
    out.append("<?xml version='1.0' encoding='UTF-8'?>\n");
    out.append("<svg version='1.1' xmlns='http://www.w3.org/2000/svg'")
        .append(" xmlns:xlink='http://www.w3.org/1999/xlink'")
        .append(" width='")
        .append(number(totalWidth))
        .append("' height='")
        .append(number(totalHeight))
        .append("' viewBox='0 0 ")
        .append(number(totalWidth))
        .append(' ')
        .append(number(totalHeight))
        .append("'>\n");
    out.append("<rect x='0' y='0' width='100%' height='100%' fill='#FFFFFF'/>\n");
    if (!title.isEmpty()) {
      out.append("<title>").append(escape(title)).append("</title>\n");
      text(out, 4, LINE, title, "bold");
    }
    out.append("<g transform='translate(0,").append(number(top)).append(")'>\n");
    out.append(drawing.replaceFirst("<svg ", "<svg x='0' y='0' ").strip()).append('\n');
    out.append("</g>\n");
    double y = top + height + LINE;
    for (String line : legend) {
      text(out, 4, y, line, "normal");
      y += LINE;
    }
    out.append("</svg>\n");
    return out.toString();
  }

  private static void text(StringBuilder out, double x, double y, String text, String weight) {
    out.append("<text class='legend' x='")
        .append(number(x))
        .append("' y='")
        .append(number(y))
        .append("' font-family='sans-serif' font-size='")
        .append(number(FONT))
        .append("' font-weight='")
        .append(weight)
        .append("' fill='#222222'>")
        .append(escape(text))
        .append("</text>\n");
  }

  /**
   * XML text and attribute escaping; characters XML 1.0 cannot hold at all (most C0 controls, lone
   * surrogates) become U+FFFD so that an odd input never makes an unreadable file.
   */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          boolean allowed =
              c == '\t'
                  || c == '\n'
                  || c == '\r'
                  || (c >= 0x20 && c <= 0xD7FF && !Character.isSurrogate(c))
                  || (c >= 0xE000 && c <= 0xFFFD);
          if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else {
            out.append(allowed ? c : '\uFFFD');
          }
        }
      }
    }
    return out.toString();
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
