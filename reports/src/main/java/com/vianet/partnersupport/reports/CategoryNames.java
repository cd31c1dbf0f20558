package com.vianet.partnersupport.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Request categories as the workbooks' readers know them ("How-to questions", not HOW_TO), in the
 * words of the portal's pages. The workbooks are written in English.
 */
final class CategoryNames {

  private static final Properties NAMES = load();

  private CategoryNames() {}

  /** The category's name; the code itself for one the list does not know yet. */
  static String of(String code) {
    return code == null ? "" : NAMES.getProperty(code, code);
  }

  private static Properties load() {
    Properties names = new Properties();
    try (InputStream in = CategoryNames.class.getResourceAsStream("categories.properties")) {
      names.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }
}
