package com.vianet.partnersupport.portal.account;

import com.vianet.partnersupport.portal.i18n.Messages;
import com.vianet.partnersupport.portal.request.EditAttempt;
import com.vianet.partnersupport.portal.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Partners for 21Vianet administrators: create with the tenant id, suspend, resume. */
@Named
@ViewScoped
public class PartnersView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CurrentUser currentUser;
  @Inject private PartnerAdministration administration;
  @Inject private Messages messages;

  private List<PartnerRow> partners = List.of();
  private String code;
  private String name;
  private String tenantId;

  @PostConstruct
  void load() {
    partners = administration.partners(currentUser.scope());
  }

  public void create() {
    if (EditAttempt.run(
        messages,
        () ->
            administration.create(
                currentUser.scope(), currentUser.actor(), new NewPartner(code, name, tenantId)),
        "partners.created",
        name)) {
      code = null;
      name = null;
      tenantId = null;
      load();
    }
  }

  public void suspend(PartnerRow row) {
    if (EditAttempt.run(
        messages,
        () -> administration.suspend(currentUser.scope(), currentUser.actor(), row.id()),
        "partners.suspended",
        row.name())) {
      load();
    }
  }

  public void resume(PartnerRow row) {
    if (EditAttempt.run(
        messages,
        () -> administration.resume(currentUser.scope(), currentUser.actor(), row.id()),
        "partners.resumed",
        row.name())) {
      load();
    }
  }

  public List<PartnerRow> getPartners() {
    return partners;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getTenantId() {
    return tenantId;
  }

  public void setTenantId(String tenantId) {
    this.tenantId = tenantId;
  }
}
