package com.vianet.partnersupport.portal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every label exists in English, Italian and Simplified Chinese. */
class BundlesTest {

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = BundlesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/com/vianet/partnersupport/portal/i18n/messages",
        "/com/vianet/partnersupport/portal/i18n/validation",
        "/ValidationMessages"
      })
  void italianAndChineseHaveEveryEnglishKey(String base) throws IOException {
    Properties english = load(base + ".properties");
    for (String language : new String[] {"_it", "_zh_CN"}) {
      Properties translated = load(base + language + ".properties");
      assertThat(translated.stringPropertyNames())
          .as(base + language)
          .isEqualTo(english.stringPropertyNames());
    }
  }

  @Test
  void everyKeyAPageNamesIsInTheBundles() throws IOException {
    Properties english = load("/com/vianet/partnersupport/portal/i18n/messages.properties");
    Pattern key = Pattern.compile("msg\\['([^']+)'\\]");
    try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
      List<String> missing =
          pages
              .filter(p -> p.toString().endsWith(".xhtml"))
              .flatMap(p -> matches(key, p).stream().map(k -> p.getFileName() + ": " + k))
              .filter(k -> !english.containsKey(k.substring(k.indexOf(": ") + 2)))
              .toList();
      assertThat(missing).isEmpty();
    }
  }

  @Test
  void everyKeyTheJavaCodeNamesIsInTheBundles() throws IOException {
    Properties english = load("/com/vianet/partnersupport/portal/i18n/messages.properties");
    Set<String> families =
        english.stringPropertyNames().stream()
            .map(k -> k.substring(0, k.indexOf('.') + 1))
            .collect(Collectors.toSet());
    // A literal that looks like a key of a known family ("request.", "console.") must be one.
    Pattern literal = Pattern.compile("\"([a-z]+\\.[a-zA-Z0-9.]+)\"");
    List<String> missing =
        javaSources()
            .flatMap(p -> matches(literal, p).stream().map(k -> p.getFileName() + ": " + k))
            .filter(
                k ->
                    families.contains(
                        k.substring(k.indexOf(": ") + 2, k.indexOf('.', k.indexOf(": ")) + 1)))
            .filter(k -> !k.contains(": mail.smtp.")) // JavaMail's settings, not texts
            .filter(k -> !english.containsKey(k.substring(k.indexOf(": ") + 2)))
            .toList();
    assertThat(missing).isEmpty();
  }

  @Test
  void noMessageForPeopleIsWrittenInJava() throws IOException {
    // Texts people read come from the bundles; a literal in a FacesMessage or a refusal is English
    // whatever the language the person chose.
    Pattern englishText =
        Pattern.compile(
            "(new FacesMessage\\([^;]*\"[A-Z][a-z]+ [^;]*;)|(addMessage\\(\\s*null,\\s*\")");
    List<String> found =
        javaSources()
            .flatMap(p -> matches(englishText, p).stream().map(m -> p.getFileName() + ": " + m))
            .toList();
    assertThat(found).isEmpty();
  }

  private static Stream<Path> javaSources() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      return files.filter(p -> p.toString().endsWith(".java")).toList().stream();
    }
  }

  private static List<String> matches(Pattern pattern, Path file) {
    try {
      Matcher m = pattern.matcher(Files.readString(file));
      List<String> found = new ArrayList<>();
      while (m.find()) {
        found.add(m.group(m.group(1) != null ? 1 : 2));
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theWorkbooksNameCategoriesAsThePagesDo() throws IOException {
    Properties english = load("/com/vianet/partnersupport/portal/i18n/messages.properties");
    Properties workbooks = load("/com/vianet/partnersupport/reports/categories.properties");
    for (com.vianet.partnersupport.core.request.RequestCategory c :
        com.vianet.partnersupport.core.request.RequestCategory.values()) {
      assertThat(workbooks.getProperty(c.name()))
          .as(c.name())
          .isEqualTo(english.getProperty("category." + c.name()));
    }
  }

  @Test
  void chineseBundleIsReallyChinese() throws IOException {
    assertThat(
            load("/com/vianet/partnersupport/portal/i18n/messages_zh_CN.properties")
                .getProperty("login.title"))
        .isEqualTo("登录");
  }
}
