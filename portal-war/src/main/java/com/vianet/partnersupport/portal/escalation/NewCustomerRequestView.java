package com.vianet.partnersupport.portal.escalation;

import com.vianet.partnersupport.core.request.BlockerReason;
import com.vianet.partnersupport.core.request.RequestCategory;
import com.vianet.partnersupport.core.request.Resolution;
import com.vianet.partnersupport.core.request.Severity;
import com.vianet.partnersupport.portal.customer.CustomerDirectory;
import com.vianet.partnersupport.portal.customer.CustomerOption;
import com.vianet.partnersupport.portal.customer.Subscription;
import com.vianet.partnersupport.portal.i18n.LocalizedValidation;
import com.vianet.partnersupport.portal.i18n.Messages;
import com.vianet.partnersupport.portal.profile.PartnerSupportProfile;
import com.vianet.partnersupport.portal.profile.SupportProfiles;
import com.vianet.partnersupport.portal.request.AttachmentUpload;
import com.vianet.partnersupport.portal.request.ProblemType;
import com.vianet.partnersupport.portal.request.ProblemTypes;
import com.vianet.partnersupport.portal.request.RequestDraft;
import com.vianet.partnersupport.portal.request.RequestRejectedException;
import com.vianet.partnersupport.portal.security.CurrentUser;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.primefaces.model.file.UploadedFiles;

/**
 * Customer requests › customer › New request: pick the service, look at the customer's service page
 * and the self-help for the problem, then either record that the partner solved it or escalate it
 * to 21Vianet with a justification.
 */
@Named
@ViewScoped
public class NewCustomerRequestView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private CustomerDirectory customers;
  @Inject private CustomerEscalations escalations;
  @Inject private SupportProfiles profiles;
  @Inject private Messages messages;
  @Inject private LocalizedValidation validation;
  @Inject private ProblemTypes problemTypeList;
  @Inject private EscalationAdvice adviser;
  // A cache of what the page shows, reloaded after the view is restored.
  private transient com.vianet.partnersupport.core.request.RequestCategory problemTypesOf;
  private transient List<ProblemType> problemTypes;
  private transient Long subscriptionsOf;
  private transient List<Subscription> subscriptions;
  private transient Long healthOf;
  private transient ServiceHealth health;
  private transient String selfHelpOf;
  private transient List<SelfHelpArticle> selfHelp;
  private transient Long supportProfileOf;
  private transient PartnerSupportProfile supportProfile;

  private Long customerId;
  private CustomerOption customer;
  private final RequestDraft draft = new RequestDraft();
  private final JustificationDraft justification = new JustificationDraft();
  private boolean escalating;
  private List<AdviceItem> advice = List.of();
  private List<String> adviceTexts = List.of();

  @Size(max = 4000) private String deflectNote;

  private transient UploadedFiles files;

  /** Runs before the page renders: another partner's customer is simply not found. */
  public void load() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    Optional<CustomerOption> found =
        customerId == null ? Optional.empty() : customers.find(currentUser.scope(), customerId);
    if (found.isEmpty()) {
      context.getExternalContext().responseSendError(404, "Not found");
      context.responseComplete();
      return;
    }
    if (customer == null) {
      customer = found.get();
      draft.setCustomerId(customer.id());
      draft.fillContactFrom(currentUser.profile());
    }
  }

  public void serviceChanged() {
    escalating = false;
  }

  public void categoryChanged() {
    draft.setProblemTypeId(null);
  }

  public void stillNeedHelp() {
    escalating = true;
    refreshAdvice();
  }

  /**
   * The review's rules on the escalation as it stands, after each change of the form: which would
   * flag it and why, in the partner's language.
   */
  public void refreshAdvice() {
    refreshAdvice(0);
  }

  private void refreshAdvice(int attachments) {
    if (draft.getCategory() == null || !escalating) {
      advice = List.of();
    } else {
      Subscription subscription = getSubscription();
      advice =
          adviser.advise(
              currentUser.scope(),
              new EscalationAdvice.Draft(
                  customerId,
                  subscription == null ? null : subscription.getService().getId(),
                  draft.getCategory(),
                  draft.getProblemTypeId(),
                  problemTypeName().orElse(null),
                  justification.getStepsTried(),
                  !justification.getBlockers().isEmpty(),
                  justification.getEvidence(),
                  attachments,
                  getSelfHelp().size()));
    }
    adviceTexts =
        advice.stream().map(a -> messages.get(a.messageKey(), a.arguments().toArray())).toList();
  }

  /** The partner took the advice: the case is recorded as resolved by them, with the advice. */
  public String resolvedAfterAdvice() {
    return deflect(Resolution.RESOLVED_BY_PARTNER);
  }

  public String guidedAfterAdvice() {
    return deflect(Resolution.GUIDED_CUSTOMER);
  }

  public String resolvedMyself() {
    return deflect(Resolution.RESOLVED_BY_PARTNER);
  }

  public String guidedCustomer() {
    return deflect(Resolution.GUIDED_CUSTOMER);
  }

  private String deflect(Resolution resolution) {
    FacesContext context = FacesContext.getCurrentInstance();
    if (deflectNote == null || deflectNote.isBlank()) {
      context.addMessage(
          escalating ? "customer-request-form:advice-note" : "customer-request-form:deflect-note",
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, messages.get("escalation.deflectNote.required"), null));
      return null;
    }
    draft.setTitle(problemTypeName().orElse(messages.get("category." + draft.getCategory())));
    draft.setDescription(deflectNote);
    draft.setSeverity(Severity.MINIMAL);
    if (invalid(draft)) {
      return null;
    }
    return done(
        () ->
            escalations.deflect(
                currentUser.scope(),
                currentUser.actor(),
                draft,
                resolution,
                escalating ? advice : List.of()),
        "escalation.deflected");
  }

  public String submit() throws IOException {
    if (invalid(draft, justification)) {
      return null;
    }
    List<AttachmentUpload> uploads;
    try {
      uploads = AttachmentUpload.acceptAll(files);
    } catch (RequestRejectedException e) {
      return refused(e);
    }
    try {
      // The advice as it stands with the files attached: what the partner submits despite.
      refreshAdvice(uploads.size());
      return done(
          () ->
              escalations.escalate(
                  currentUser.scope(), currentUser.actor(), draft, justification, uploads, advice),
          "escalation.submitted");
    } finally {
      AttachmentUpload.discardAll(uploads);
    }
  }

  private String done(java.util.function.Supplier<String> action, String messageKey) {
    try {
      String number = action.get();
      FacesContext context = FacesContext.getCurrentInstance();
      context.getExternalContext().getFlash().setKeepMessages(true);
      context.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get(messageKey, number), null));
      return "/customers/requests?faces-redirect=true";
    } catch (RequestRejectedException e) {
      return refused(e);
    }
  }

  /** The checks that span fields, in the user's language, before the service would refuse them. */
  private boolean invalid(Object... beans) {
    FacesContext context = FacesContext.getCurrentInstance();
    List<String> problems = validation.messages(context.getViewRoot().getLocale(), beans);
    problems.forEach(
        m -> context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, m, null)));
    return !problems.isEmpty();
  }

  private String refused(RequestRejectedException e) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR, messages.get(e.messageKey(), e.arguments()), null));
    return null;
  }

  private Optional<String> problemTypeName() {
    return getProblemTypes().stream()
        .filter(t -> t.getId().equals(draft.getProblemTypeId()))
        .map(ProblemType::getName)
        .findFirst();
  }

  public Subscription getSubscription() {
    return draft.getSubscriptionId() == null
        ? null
        : getSubscriptions().stream()
            .filter(s -> s.getId().equals(draft.getSubscriptionId()))
            .findFirst()
            .orElse(null);
  }

  /** Loaded once per customer chosen, not each time the page asks. */
  public List<Subscription> getSubscriptions() {
    if (customer == null) {
      return List.of();
    }
    if (subscriptions == null || !customer.id().equals(subscriptionsOf)) {
      subscriptionsOf = customer.id();
      subscriptions = customers.subscriptions(currentUser.scope(), customer.id());
    }
    return subscriptions;
  }

  /** Loaded once per service of the chosen subscription. */
  public ServiceHealth getHealth() {
    Subscription subscription = getSubscription();
    if (subscription == null) {
      return null;
    }
    Long service = subscription.getService().getId();
    if (!service.equals(healthOf)) {
      healthOf = service;
      health = escalations.health(service).orElse(null);
    }
    return health;
  }

  /** Loaded once per partner. */
  public PartnerSupportProfile getSupportProfile() {
    Long partner = currentUser.scope().partnerId().orElse(null);
    if (partner != null && !partner.equals(supportProfileOf)) {
      supportProfileOf = partner;
      supportProfile = profiles.of(partner).orElse(null);
    }
    return supportProfile;
  }

  /** Loaded when the category changes, not each time the page asks. */
  public List<ProblemType> getProblemTypes() {
    if (problemTypes == null || problemTypesOf != draft.getCategory()) {
      problemTypesOf = draft.getCategory();
      problemTypes = problemTypeList.activeIn(problemTypesOf);
    }
    return problemTypes;
  }

  /** Loaded once per problem type and service, matching both. */
  public List<SelfHelpArticle> getSelfHelp() {
    Subscription subscription = getSubscription();
    if (draft.getProblemTypeId() == null || subscription == null) {
      return List.of();
    }
    String of = draft.getProblemTypeId() + "/" + subscription.getService().getId();
    if (!of.equals(selfHelpOf)) {
      selfHelpOf = of;
      selfHelp = escalations.selfHelp(draft.getProblemTypeId(), subscription.getService().getId());
    }
    return selfHelp;
  }

  /** The chosen service's admin center for this customer, where the partner can fix it itself. */
  public String getAdminCenterUrl() {
    Subscription subscription = getSubscription();
    return subscription == null || customer == null
        ? null
        : subscription.getService().adminCenterFor(customer.tenantId(), customer.domain());
  }

  public List<RequestCategory> getCategories() {
    return RequestCategory.customerCategories();
  }

  public BlockerReason[] getBlockerReasons() {
    return BlockerReason.values();
  }

  public Long getCustomerId() {
    return customerId;
  }

  public void setCustomerId(Long customerId) {
    this.customerId = customerId;
  }

  public CustomerOption getCustomer() {
    return customer;
  }

  public RequestDraft getDraft() {
    return draft;
  }

  public JustificationDraft getJustification() {
    return justification;
  }

  public List<String> getAdviceTexts() {
    return adviceTexts;
  }

  public boolean isEscalating() {
    return escalating;
  }

  public String getDeflectNote() {
    return deflectNote;
  }

  public void setDeflectNote(String deflectNote) {
    this.deflectNote = deflectNote;
  }

  public UploadedFiles getFiles() {
    return files;
  }

  public void setFiles(UploadedFiles files) {
    this.files = files;
  }
}
