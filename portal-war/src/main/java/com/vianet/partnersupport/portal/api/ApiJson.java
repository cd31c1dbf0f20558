package com.vianet.partnersupport.portal.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.groups.Default;
import java.util.List;

/**
 * The JSON shapes of the API, with Partner Center's field names. Public fields: JSON-B reads and
 * writes them without ceremony.
 */
public final class ApiJson {

  private ApiJson() {}

  /** Checks of a body that creates a request (the draft's own checks apply after them). */
  public interface Create extends Default {}

  /** Checks of a body that changes a request: a note, or closing it. */
  public interface Update extends Default {}

  /**
   * A service request as Partner Center describes one; one shape for reading, creating and
   * changing, checked by the group of the call that receives it.
   */
  public static class ServiceRequest {
    public String id;
    public String title;
    public String description;

    @NotNull(groups = Create.class) @Pattern(regexp = "(?i)critical|moderate|minimal", message = "{api.severity}")
    public String severity;

    @NotBlank(groups = Create.class) @Pattern(regexp = "\\d{1,18}", message = "{api.supportTopicId}") public String supportTopicId;

    public String supportTopicName;
    public String productId;
    public String productName;

    @Pattern(regexp = "(?i)closed", groups = Update.class, message = "{api.status}")
    public String status;

    public Contact primaryContact;
    public Organization organization;
    public String createdDate;
    public String lastModifiedDate;
    public String lastClosedDate;
    public List<FileLink> fileLinks;
    public List<Note> notes;
    @Valid public Note newNote;
    public String countryCode;
    public String lastUpdatedBy;
    public Links links;
    public Attributes attributes;
  }

  /** Partner Center's resource attributes: what kind of object this is. */
  public static class Attributes {
    public String objectType;

    static Attributes of(String objectType) {
      Attributes attributes = new Attributes();
      attributes.objectType = objectType;
      return attributes;
    }
  }

  /** Partner Center's resource links: where this resource (or page) is read again. */
  public static class Links {
    public Link self;

    static Links self(String uri) {
      Links links = new Links();
      links.self = new Link();
      links.self.uri = uri;
      links.self.method = "GET";
      return links;
    }
  }

  public static class Link {
    public String uri;
    public String method;
  }

  public static class Contact {
    public String firstName;
    public String lastName;
    public String email;
    public String phoneNumber;
  }

  public static class Organization {
    public String id;
    public String name;
    public String phoneNumber;
  }

  public static class FileLink {
    public String name;
    public String uri;
  }

  public static class Note {
    public String createdByName;
    public String createdDate;

    @NotBlank(groups = Update.class) public String text;
  }

  public static class SupportTopic {
    public String id;
    public String name;
    public String description;
  }

  /** A page of results, as Partner Center returns collections. */
  public static class Collection<T> {
    public int totalCount;
    public List<T> items;
    public Links links;
    public Attributes attributes = Attributes.of("Collection");
  }

  /** What a 4xx or 5xx answer carries: never a stack trace. */
  public static class Error {
    public int code;
    public String description;
    public List<FieldError> errors;
  }

  public static class FieldError {
    public String field;
    public String message;

    public FieldError() {}

    public FieldError(String field, String message) {
      this.field = field;
      this.message = message;
    }
  }
}
