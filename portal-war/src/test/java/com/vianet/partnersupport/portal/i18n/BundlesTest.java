package com.vianet.partnersupport.portal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
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
  void chineseBundleIsReallyChinese() throws IOException {
    assertThat(
            load("/com/vianet/partnersupport/portal/i18n/messages_zh_CN.properties")
                .getProperty("login.title"))
        .isEqualTo("登录");
  }
}
