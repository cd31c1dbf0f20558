package com.vianet.partnersupport.portal.download;

import com.vianet.partnersupport.portal.request.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Records each download, in the transaction of the read that hands the file out. */
@ApplicationScoped
@Transactional
public class DownloadRecords {

  @PersistenceContext private EntityManager em;

  public void record(
      Actor who,
      DownloadRecord.Kind kind,
      long objectId,
      String fileName,
      DownloadRecord.Channel channel) {
    em.persist(
        new DownloadRecord(
            OffsetDateTime.now(ZoneOffset.UTC), who.userId(), kind, objectId, fileName, channel));
  }
}
