package com.vianet.partnersupport.portal.request;

import com.vianet.partnersupport.core.request.RequestCategory;
import com.vianet.partnersupport.portal.customer.CustomerDirectory;
import com.vianet.partnersupport.portal.customer.CustomerOption;
import com.vianet.partnersupport.portal.customer.Subscription;
import com.vianet.partnersupport.portal.i18n.LocalizedValidation;
import com.vianet.partnersupport.portal.i18n.Messages;
import com.vianet.partnersupport.portal.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFiles;

/** New request › fill in the form › Submit, for the partner's own problems. */
@Named
@ViewScoped
public class NewRequestView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private PartnerCenterRequests requests;
  @Inject private CustomerDirectory customers;
  @Inject private Messages messages;
  @Inject private LocalizedValidation validation;
  @Inject private ProblemTypes problemTypeList;
  // A cache of what the page shows, reloaded after the view is restored.
  private transient RequestCategory problemTypesOf;
  private transient List<ProblemType> problemTypes;

  private final RequestDraft draft = new RequestDraft();
  private CustomerOption customer;
  private transient UploadedFiles files;

  @PostConstruct
  void prefill() {
    draft.fillContactFrom(currentUser.profile());
  }

  public String submit() throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    draft.setCustomerId(customer == null ? null : customer.id());
    // Field checks ran in the form; these are the ones that span fields (phone when preferred...).
    List<String> problems = validation.messages(context.getViewRoot().getLocale(), draft);
    if (!problems.isEmpty()) {
      problems.forEach(
          m -> context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, m, null)));
      return null;
    }
    List<AttachmentUpload> uploads = List.of();
    try {
      uploads = AttachmentUpload.acceptAll(files);
      String number = requests.submit(currentUser.scope(), currentUser.actor(), draft, uploads);
      return "/requests/detail?faces-redirect=true&submitted=true&number=" + number;
    } catch (RequestRejectedException e) {
      context.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, messages.get(e.messageKey(), e.arguments()), null));
      return null;
    } finally {
      AttachmentUpload.discardAll(uploads);
    }
  }

  public List<CustomerOption> completeCustomer(String text) {
    return customers.search(currentUser.scope(), text, 20);
  }

  public void customerChanged() {
    draft.setSubscriptionId(null);
  }

  public List<Subscription> getSubscriptions() {
    return customer == null
        ? List.of()
        : customers.subscriptions(currentUser.scope(), customer.id());
  }

  /** Loaded when the category changes, not each time the page asks. */
  public List<ProblemType> getProblemTypes() {
    if (problemTypesOf != draft.getCategory() || problemTypes == null) {
      problemTypesOf = draft.getCategory();
      problemTypes = problemTypeList.activeIn(problemTypesOf);
    }
    return problemTypes;
  }

  public List<RequestCategory> getCategories() {
    return RequestCategory.partnerCenterCategories();
  }

  public RequestDraft getDraft() {
    return draft;
  }

  public CustomerOption getCustomer() {
    return customer;
  }

  public void setCustomer(CustomerOption customer) {
    this.customer = customer;
  }

  public UploadedFiles getFiles() {
    return files;
  }

  public void setFiles(UploadedFiles files) {
    this.files = files;
  }
}
