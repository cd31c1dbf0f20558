package com.vianet.partnersupport.portal.request;

import com.vianet.partnersupport.portal.config.DatabaseStartup;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Attachments' bytes, moved as streams between the upload's temporary file, the database (so every
 * server of a cluster sees them) and the download, never as one array in memory.
 */
@ApplicationScoped
public class AttachmentContents {

  @PersistenceContext private EntityManager em;

  @Resource(lookup = DatabaseStartup.DATA_SOURCE)
  private DataSource dataSource;

  /**
   * Streams each new attachment of the request into its row, on the connection and in the
   * transaction that just inserted the rows, then discards the temporary files.
   */
  public void store(SupportRequest request) {
    em.flush();
    Connection connection = em.unwrap(Connection.class);
    try (PreparedStatement update =
        connection.prepareStatement("UPDATE request_attachment SET content = ? WHERE id = ?")) {
      for (RequestAttachment attachment : request.attachmentsToStore()) {
        AttachmentUpload upload = attachment.getUpload();
        try (InputStream in = upload.open()) {
          update.setBinaryStream(1, in, upload.size());
          update.setLong(2, attachment.getId());
          update.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot store the attachments of " + request.getNumber(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies a stored attachment to the output (a download). */
  public void copy(long attachmentId, OutputStream out) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement query =
            c.prepareStatement("SELECT content FROM request_attachment WHERE id = ?")) {
      query.setLong(1, attachmentId);
      try (ResultSet row = query.executeQuery()) {
        if (row.next()) {
          try (InputStream in = row.getBinaryStream(1)) {
            in.transferTo(out);
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read attachment " + attachmentId, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
