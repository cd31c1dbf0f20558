package com.vianet.partnersupport.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseIsPrivateIT {

  @TempDir Path home;

  @Test
  void theSharedEmbeddedDatabaseListensOnLoopbackAndItsFolderIsTheOwnersAlone() throws Exception {
    Properties system = new Properties();
    system.setProperty("user.home", home.toString());
    DatabaseSettings settings = DatabaseSettings.from(new Settings(Map.of(), system));
    DataSource dataSource = ConfiguredDataSource.create(settings);
    try (Connection c = dataSource.getConnection()) {
      Path folder = home.resolve(".partner-support").resolve("data");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
          .isEqualTo("rwx------");
      // AUTO_SERVER writes where its TCP server listens into the lock file, beside the key.
      Properties lock = new Properties();
      try (InputStream in = Files.newInputStream(folder.resolve("partner-support.lock.db"))) {
        lock.load(in);
      }
      int port = Integer.parseInt(lock.getProperty("server").replaceAll(".*:", ""));
      assertThat(reachable(InetAddress.getLoopbackAddress(), port)).isTrue();
      for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        for (InetAddress address : Collections.list(nic.getInetAddresses())) {
          if (!address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
            assertThat(reachable(address, port)).as("listening on " + address).isFalse();
          }
        }
      }
    }
  }

  private static boolean reachable(InetAddress address, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port), 2_000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
