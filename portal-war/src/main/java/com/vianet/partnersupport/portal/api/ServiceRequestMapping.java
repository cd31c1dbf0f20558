package com.vianet.partnersupport.portal.api;

import com.vianet.partnersupport.core.request.ContactMethod;
import com.vianet.partnersupport.core.request.RequestKind;
import com.vianet.partnersupport.core.request.RequestStatus;
import com.vianet.partnersupport.core.request.Severity;
import com.vianet.partnersupport.portal.request.AttachmentSummary;
import com.vianet.partnersupport.portal.request.RequestDraft;
import com.vianet.partnersupport.portal.request.RequestHistory;
import com.vianet.partnersupport.portal.request.SupportRequest;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Translates between Partner Center's ServiceRequest and ours. Statuses: submitted, contacted and
 * in progress are "open"; waiting for partner is "attention_needed"; resolved and closed are
 * "closed". Severities map one to one; "unknown" is not accepted on input.
 */
final class ServiceRequestMapping {

  private ServiceRequestMapping() {}

  static String status(RequestStatus status) {
    return switch (status) {
      case SUBMITTED, CONTACTED, IN_PROGRESS -> "open";
      case WAITING_FOR_PARTNER -> "attention_needed";
      case RESOLVED, CLOSED -> "closed";
    };
  }

  /** Partner Center's severity (the body's check admits critical, moderate and minimal only). */
  static Severity severity(String value) {
    return value == null ? null : Severity.valueOf(value.toUpperCase(Locale.ROOT));
  }

  /** Copies what the body gives onto the draft; a contact the body leaves out stays as it was. */
  static void fill(RequestDraft draft, ApiJson.ServiceRequest in) {
    draft.setTitle(in.title);
    draft.setDescription(in.description);
    draft.setSeverity(severity(in.severity));
    if (in.supportTopicId != null) {
      draft.setProblemTypeId(Long.parseLong(in.supportTopicId));
    }
    if (in.primaryContact != null) {
      String name =
          ((in.primaryContact.firstName == null ? "" : in.primaryContact.firstName)
                  + " "
                  + (in.primaryContact.lastName == null ? "" : in.primaryContact.lastName))
              .strip();
      if (!name.isEmpty()) {
        draft.setContactName(name);
      }
      if (in.primaryContact.email != null) {
        draft.setContactEmail(in.primaryContact.email);
      }
      if (in.primaryContact.phoneNumber != null) {
        draft.setContactPhone(in.primaryContact.phoneNumber);
      }
    }
    draft.setPreferredContact(ContactMethod.EMAIL);
  }

  static ApiJson.ServiceRequest json(
      SupportRequest r, List<AttachmentSummary> attachments, String baseUri) {
    ApiJson.ServiceRequest out = new ApiJson.ServiceRequest();
    out.id = r.getNumber();
    out.title = r.getTitle();
    out.description = r.getDescription();
    out.severity = r.getSeverity().name().toLowerCase(Locale.ROOT);
    if (r.getProblemType() != null) {
      out.supportTopicId = String.valueOf(r.getProblemType().getId());
      out.supportTopicName = r.getProblemType().getName();
    }
    if (r.getService() != null) {
      out.productId = r.getService().getCode();
      out.productName = r.getService().getName();
    }
    out.status = status(r.getStatus());
    out.primaryContact = new ApiJson.Contact();
    String name = r.getContactName();
    int space = name.lastIndexOf(' ');
    out.primaryContact.firstName = space < 0 ? name : name.substring(0, space);
    out.primaryContact.lastName = space < 0 ? "" : name.substring(space + 1);
    out.primaryContact.email = r.getContactEmail();
    out.primaryContact.phoneNumber = r.getContactPhone();
    out.organization = new ApiJson.Organization();
    if (r.getKind() == RequestKind.PARTNER || r.getCustomer() == null) {
      out.organization.id = r.getPartner().getCode();
      out.organization.name = r.getPartner().getName();
    } else {
      // A customer's escalation is about the customer's organisation, as in Partner Center.
      out.organization.id = r.getCustomer().getTenantId();
      out.organization.name = r.getCustomer().getName();
    }
    out.countryCode = r.getPartner().getCountryCode();
    out.createdDate = date(r.getCreatedAt());
    out.lastModifiedDate = date(r.getUpdatedAt());
    out.lastClosedDate = date(r.getClosedAt());
    List<RequestHistory> visible = r.getPartnerVisibleHistory();
    out.lastUpdatedBy = visible.isEmpty() ? null : visible.get(visible.size() - 1).getActorName();
    out.links = ApiJson.Links.self(baseUri + "v1/servicerequests/" + r.getNumber());
    out.attributes = ApiJson.Attributes.of("ServiceRequest");
    out.fileLinks =
        attachments.stream()
            .map(
                a -> {
                  ApiJson.FileLink link = new ApiJson.FileLink();
                  link.name = a.fileName();
                  link.uri = baseUri + "v1/servicerequests/" + r.getNumber() + "/files/" + a.id();
                  return link;
                })
            .toList();
    out.notes =
        r.getPartnerVisibleHistory().stream()
            .filter(h -> h.getEvent() == RequestHistory.Event.NOTE)
            .map(
                h -> {
                  ApiJson.Note note = new ApiJson.Note();
                  note.createdByName = h.getActorName();
                  note.createdDate = date(h.getCreatedAt());
                  note.text = h.getNote();
                  return note;
                })
            .toList();
    return out;
  }

  private static String date(OffsetDateTime time) {
    return time == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
  }
}
