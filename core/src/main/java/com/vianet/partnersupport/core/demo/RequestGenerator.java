package com.vianet.partnersupport.core.demo;

import com.vianet.partnersupport.core.request.RequestCategory;
import com.vianet.partnersupport.core.request.RequestKind;
import com.vianet.partnersupport.core.request.RequestNumbers;
import com.vianet.partnersupport.core.request.RequestStatus;
import com.vianet.partnersupport.core.request.Resolution;
import com.vianet.partnersupport.core.request.Severity;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * Makes realistic requests spread over a time window: old ones mostly closed, recent ones still
 * being worked, escalations with justifications of varying quality.
 */
public final class RequestGenerator {

  /** Relative weights of the three kinds of request. */
  public record KindMix(int partner, int escalation, int deflected) {
    RequestKind pick(Random random) {
      int roll = random.nextInt(partner + escalation + deflected);
      if (roll < partner) {
        return RequestKind.PARTNER;
      }
      return roll < partner + escalation ? RequestKind.ESCALATION : RequestKind.DEFLECTED;
    }
  }

  private static final int BATCH = 2_000;
  private static final String[] STEPS_TRIED = {
    "Checked service health, reset the user's credentials, re-ran the connectivity analyser and"
        + " collected the client logs; the error persists for all users of the tenant.",
    "Followed the published troubleshooting article step by step; the admin center shows an"
        + " internal error we cannot see the cause of.",
    "Reassigned licences and waited 24 hours for replication; the mailbox still does not appear.",
    "n/a",
    "Called the customer.",
    "",
  };

  private final Connection connection;
  private final ReferenceData reference;
  private final long vianetAgentId;
  private final Instant now;

  public RequestGenerator(
      Connection connection, ReferenceData reference, long vianetAgentId, Instant now) {
    this.connection = connection;
    this.reference = reference;
    this.vianetAgentId = vianetAgentId;
    this.now = now;
  }

  /** Writes {@code count} requests for the given partners; returns how many were written. */
  public long generate(
      List<PartnerFixture> partners, long count, Duration window, KindMix mix, Random random)
      throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    long written = 0;
    try (RequestBatchWriter writer = new RequestBatchWriter(connection)) {
      while (written < count) {
        int size = (int) Math.min(BATCH, count - written);
        long[] numbers = RequestNumbers.reserve(connection, size);
        for (int i = 0; i < size; i++) {
          PartnerFixture partner = partners.get(random.nextInt(partners.size()));
          Instant created = now.minusSeconds((long) (random.nextDouble() * window.toSeconds()));
          writer.add(
              row(RequestNumbers.format(numbers[i]), partner, mix.pick(random), created, random));
        }
        writer.flush();
        written += size;
      }
    } finally {
      connection.setAutoCommit(autoCommit);
    }
    return written;
  }

  private RequestRow row(
      String number, PartnerFixture partner, RequestKind kind, Instant created, Random random) {
    Long customerId = null;
    String customerText = null;
    Long subscriptionId = null;
    Long serviceId = null;
    if (kind.concernsCustomer() && !partner.customers().isEmpty()) {
      PartnerFixture.Customer customer =
          partner.customers().get(random.nextInt(partner.customers().size()));
      PartnerFixture.Subscription sub =
          customer.subscriptions().get(random.nextInt(customer.subscriptions().size()));
      customerId = customer.id();
      customerText = customer.searchText();
      subscriptionId = sub.id();
      serviceId = sub.serviceId();
    } else if (kind.concernsCustomer()) {
      kind = RequestKind.PARTNER;
    }
    List<RequestCategory> categories =
        kind == RequestKind.PARTNER
            ? RequestCategory.partnerCenterCategories()
            : RequestCategory.customerCategories();
    RequestCategory category = categories.get(random.nextInt(categories.size()));
    List<Long> types = reference.problemTypes().getOrDefault(category, List.of());
    Long problemType = types.isEmpty() ? null : types.get(random.nextInt(types.size()));
    int sev = random.nextInt(10);
    Severity severity =
        sev == 0 ? Severity.CRITICAL : sev < 6 ? Severity.MODERATE : Severity.MINIMAL;

    long ageHours = Duration.between(created, now).toHours();
    RequestStatus status = statusFor(kind, ageHours, random);
    Instant contacted = null;
    Instant resolved = null;
    Instant closed = null;
    Long assigned = null;
    Resolution resolution = null;
    if (kind == RequestKind.DEFLECTED) {
      resolved = created.plusSeconds(600 + random.nextInt(7_200));
      resolution =
          random.nextBoolean() ? Resolution.RESOLVED_BY_PARTNER : Resolution.GUIDED_CUSTOMER;
    } else if (status != RequestStatus.SUBMITTED) {
      assigned = vianetAgentId;
      contacted =
          created.plusSeconds(900 + random.nextInt(severity == Severity.CRITICAL ? 5_400 : 20_000));
      if (status == RequestStatus.RESOLVED || status == RequestStatus.CLOSED) {
        resolved = contacted.plusSeconds(3_600 + random.nextInt(200_000));
        resolution =
            random.nextInt(3) == 0 ? Resolution.GUIDANCE_ONLY : Resolution.RESOLVED_BY_VIANET;
      }
    }
    if (status == RequestStatus.CLOSED && resolved != null) {
      closed = resolved.plusSeconds(86_400 + random.nextInt(86_400));
    }
    // Keep every timestamp in the past even for requests created a moment ago.
    contacted = clamp(contacted);
    resolved = clamp(resolved);
    closed = clamp(closed);
    RequestRow.Justification justification =
        kind == RequestKind.ESCALATION
            ? new RequestRow.Justification(
                STEPS_TRIED[random.nextInt(STEPS_TRIED.length)],
                random.nextInt(3) == 0,
                random.nextInt(3) == 0,
                random.nextInt(4) == 0,
                random.nextBoolean()
                    ? "Screenshot of the error and the correlation id from the admin center."
                    : null)
            : null;
    String title = RequestTexts.title(category, random);
    return new RequestRow(
        number,
        partner.id(),
        kind,
        category,
        problemType,
        severity,
        title,
        RequestTexts.description(category, title, random),
        customerId,
        subscriptionId,
        serviceId,
        partner.adminName(),
        partner.adminEmail(),
        status,
        resolution,
        partner.adminUserId(),
        assigned,
        created,
        contacted,
        resolved,
        closed,
        justification,
        customerText);
  }

  private Instant clamp(Instant t) {
    return t == null || t.isBefore(now) ? t : now;
  }

  private static RequestStatus statusFor(RequestKind kind, long ageHours, Random random) {
    if (kind == RequestKind.DEFLECTED) {
      return ageHours > 72 ? RequestStatus.CLOSED : RequestStatus.RESOLVED;
    }
    int roll = random.nextInt(100);
    if (ageHours > 14 * 24) {
      return roll < 80
          ? RequestStatus.CLOSED
          : roll < 95 ? RequestStatus.RESOLVED : RequestStatus.WAITING_FOR_PARTNER;
    }
    if (ageHours > 48) {
      RequestStatus[] mid = {
        RequestStatus.CONTACTED,
        RequestStatus.IN_PROGRESS,
        RequestStatus.WAITING_FOR_PARTNER,
        RequestStatus.RESOLVED,
        RequestStatus.CLOSED
      };
      return mid[roll % mid.length];
    }
    return roll < 50
        ? RequestStatus.SUBMITTED
        : roll < 80 ? RequestStatus.CONTACTED : RequestStatus.IN_PROGRESS;
  }
}
