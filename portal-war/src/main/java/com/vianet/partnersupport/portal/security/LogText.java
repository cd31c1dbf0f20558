package com.vianet.partnersupport.portal.security;

/**
 * User input as it may appear in the server log: line breaks and other control characters are shown
 * escaped, so a typed user name cannot forge log lines; long input is cut.
 */
public final class LogText {

  private static final int LONGEST = 200;

  private LogText() {}

  public static String of(String input) {
    if (input == null) {
      return "(none)";
    }
    StringBuilder out = new StringBuilder(Math.min(input.length(), LONGEST) + 2).append('"');
    input
        .codePoints()
        .limit(LONGEST)
        .forEach(
            c -> {
              if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("\\u%04x", c));
              } else if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
              } else {
                out.appendCodePoint(c);
              }
            });
    if (input.codePointCount(0, input.length()) > LONGEST) {
      out.append('…');
    }
    return out.append('"').toString();
  }
}
