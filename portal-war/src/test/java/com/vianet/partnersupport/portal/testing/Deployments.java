package com.vianet.partnersupport.portal.testing;

import com.vianet.partnersupport.core.testing.Sql;
import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives in-server tests deploy: the real WAR the build produced, plus the test classes. */
public final class Deployments {

  // Every URL of the portal needs a role; Arquillian's own test runner servlet must stay reachable.
  private static final String OPEN_TEST_RUNNER =
      """
      <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
        <name>arquillian_test_runner</name>
        <security-constraint>
          <web-resource-collection>
            <web-resource-name>arquillian</web-resource-name>
            <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
          </web-resource-collection>
        </security-constraint>
      </web-fragment>
      """;

  private Deployments() {}

  public static WebArchive portal(Class<?>... testClasses) {
    File war = new File(System.getProperty("build.directory", "target"), "portal-war.war");
    JavaArchive openRunner =
        ShrinkWrap.create(JavaArchive.class, "arquillian-test-runner-open.jar")
            .addAsManifestResource(new StringAsset(OPEN_TEST_RUNNER), "web-fragment.xml");
    return ShrinkWrap.createFromZipFile(WebArchive.class, war)
        .addClasses(testClasses)
        .addClass(Sql.class)
        .addAsLibrary(openRunner);
  }
}
