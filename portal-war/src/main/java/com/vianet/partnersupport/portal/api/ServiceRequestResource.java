package com.vianet.partnersupport.portal.api;

import com.vianet.partnersupport.core.request.RequestKind;
import com.vianet.partnersupport.portal.download.DownloadRecord;
import com.vianet.partnersupport.portal.request.AttachmentContents;
import com.vianet.partnersupport.portal.request.PartnerCenterRequests;
import com.vianet.partnersupport.portal.request.ProblemType;
import com.vianet.partnersupport.portal.request.RequestAttachment;
import com.vianet.partnersupport.portal.request.RequestDraft;
import com.vianet.partnersupport.portal.request.RequestFilter;
import com.vianet.partnersupport.portal.request.RequestRejectedException;
import com.vianet.partnersupport.portal.request.RequestSearch;
import com.vianet.partnersupport.portal.request.SupportRequest;
import com.vianet.partnersupport.portal.security.PartnerScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.ConvertGroup;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/v1/servicerequests}: Partner Center's ServiceRequest resource. Partner users create
 * and change their own partner's requests; 21Vianet staff read every partner's.
 */
@Path("v1/servicerequests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
public class ServiceRequestResource {

  @Inject private ApiCaller caller;
  @Inject private PartnerCenterRequests requests;
  @Inject private RequestSearch search;
  @Inject private AttachmentContents contents;
  @Context private UriInfo uriInfo;

  @GET
  @Operation(summary = "The caller's service requests, newest first")
  public ApiJson.Collection<ApiJson.ServiceRequest> list(
      @QueryParam("offset") @DefaultValue("0") String offsetParam,
      @QueryParam("size") @DefaultValue("100") String sizeParam) {
    // Read as text: JAX-RS answers 404 to a query parameter that is not a number.
    int offset = paging(offsetParam);
    int size = paging(sizeParam);
    if (offset < 0 || size < 1 || size > 500) {
      throw new RequestRejectedException("api.paging");
    }
    PartnerScope scope = caller.scope();
    RequestFilter filter = new RequestFilter();
    filter.setKind(RequestKind.PARTNER);
    ApiJson.Collection<ApiJson.ServiceRequest> page = new ApiJson.Collection<>();
    page.totalCount = (int) search.count(scope, filter);
    // One page in a fixed number of queries, not two per item.
    page.items =
        requests.newestFirst(scope, offset, size).stream()
            .map(
                p ->
                    ServiceRequestMapping.json(
                        p.request(), p.attachments(), uriInfo.getBaseUri().getRawPath()))
            .toList();
    page.links =
        ApiJson.Links.self(
            uriInfo.getBaseUri().getRawPath()
                + "v1/servicerequests?offset="
                + offset
                + "&size="
                + size);
    return page;
  }

  @GET
  @Path("supporttopics")
  @Operation(summary = "The support topics a request can be filed under")
  public ApiJson.Collection<ApiJson.SupportTopic> supportTopics() {
    ApiJson.Collection<ApiJson.SupportTopic> topics = new ApiJson.Collection<>();
    topics.items =
        requests.supportTopics().stream()
            .map(
                t -> {
                  ApiJson.SupportTopic topic = new ApiJson.SupportTopic();
                  topic.id = String.valueOf(t.getId());
                  topic.name = t.getName();
                  topic.description = t.getCategory().name().toLowerCase(Locale.ROOT);
                  return topic;
                })
            .toList();
    topics.totalCount = topics.items.size();
    return topics;
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One service request")
  public ApiJson.ServiceRequest get(@PathParam("id") String id) {
    PartnerScope scope = caller.scope();
    return json(scope, requests.find(scope, id).orElseThrow(NotFoundException::new));
  }

  @POST
  @Operation(summary = "Create a service request (contact language: the portal user's)")
  public Response create(
      @NotNull(message = "{api.body}") @Valid @ConvertGroup(to = ApiJson.Create.class)
          ApiJson.ServiceRequest body,
      @HeaderParam("MS-RequestId") String requestId) {
    return create(null, body, requestId);
  }

  @POST
  @Path("{agentLocale}")
  @Operation(
      summary = "Create a service request, to be handled in the given locale (en-US, it-IT, zh-CN)")
  public Response create(
      @PathParam("agentLocale") String agentLocale,
      @NotNull(message = "{api.body}") @Valid @ConvertGroup(to = ApiJson.Create.class)
          ApiJson.ServiceRequest body,
      @HeaderParam("MS-RequestId") String requestId) {
    // Partner Center's own cmdlet sends no primaryContact: the caller's profile stands in for it.
    RequestDraft draft = new RequestDraft();
    draft.fillContactFrom(caller.profile());
    ServiceRequestMapping.fill(draft, body);
    draft.setCategory(
        requests.supportTopics().stream()
            .filter(t -> String.valueOf(t.getId()).equals(body.supportTopicId))
            .map(ProblemType::getCategory)
            .findFirst()
            .orElseThrow(() -> new RequestRejectedException("api.supportTopic")));
    if (agentLocale != null) {
      draft.setLanguage(language(agentLocale));
    }
    // Partner Center scripts send a new MS-RequestId per call and the same one on a retry.
    if (requestId != null && !requestId.isBlank() && requestId.length() <= 36) {
      draft.setSubmissionToken(requestId.strip());
    }
    PartnerScope scope = caller.scope();
    String number = requests.submit(scope, caller.actor(), draft, List.of());
    return Response.created(
            uriInfo.getBaseUriBuilder().path("v1/servicerequests").path(number).build())
        .entity(json(scope, requests.find(scope, number).orElseThrow()))
        .build();
  }

  @PATCH
  @Path("{id}")
  @Operation(summary = "Add a note (newNote) or close the request (status: closed)")
  public ApiJson.ServiceRequest update(
      @PathParam("id") String id,
      @NotNull(message = "{api.body}") @Valid @ConvertGroup(to = ApiJson.Update.class)
          ApiJson.ServiceRequest body) {
    PartnerScope scope = caller.scope();
    requests.find(scope, id).orElseThrow(NotFoundException::new);
    if (body.newNote != null) {
      requests.addNote(scope, id, caller.actor(), body.newNote.text);
    }
    if (body.status != null) {
      requests.close(scope, id, caller.actor(), null);
    }
    return json(scope, requests.find(scope, id).orElseThrow());
  }

  @GET
  @Path("{id}/files/{fileId}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download an attached file")
  public Response file(@PathParam("id") String id, @PathParam("fileId") long fileId) {
    RequestAttachment attachment =
        requests
            .download(caller.scope(), caller.actor(), id, fileId, DownloadRecord.Channel.API)
            .orElseThrow(NotFoundException::new);
    StreamingOutput content = out -> contents.copy(fileId, out);
    return Response.ok(content, attachment.getContentType())
        .header("Content-Length", attachment.getSizeBytes())
        .header(
            "Content-Disposition",
            "attachment; filename*=UTF-8''"
                + java.net.URLEncoder.encode(
                        attachment.getFileName(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20"))
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  private ApiJson.ServiceRequest json(PartnerScope scope, SupportRequest request) {
    return ServiceRequestMapping.json(
        request,
        requests.attachments(scope, request.getNumber()),
        // The path only: a link built from the caller's Host header could point anywhere.
        uriInfo.getBaseUri().getRawPath());
  }

  private static int paging(String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new RequestRejectedException("api.paging");
    }
  }

  private static String language(String locale) {
    String tag = locale == null ? "" : locale.toLowerCase(Locale.ROOT);
    if (tag.startsWith("it")) {
      return "it";
    }
    return tag.startsWith("en") ? "en" : "zh-CN";
  }
}
