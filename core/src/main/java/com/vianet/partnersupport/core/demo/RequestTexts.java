package com.vianet.partnersupport.core.demo;

import com.vianet.partnersupport.core.request.RequestCategory;
import java.util.Random;

/** Titles and descriptions that read like the requests partners really file. */
final class RequestTexts {

  private RequestTexts() {}

  static String title(RequestCategory category, Random random) {
    String[] options =
        switch (category) {
          case TECHNICAL ->
              new String[] {
                "Admin center returns an error when opening customers",
                "API calls to create orders time out",
                "Cannot sign in with the partner admin account"
              };
          case BILLING ->
              new String[] {
                "Invoice total differs from the reconciliation file",
                "Payment made last month not applied",
                "Discount missing on the monthly price list"
              };
          case CUSTOMER_SUBSCRIPTION_MANAGEMENT ->
              new String[] {
                "Cannot increase licence count for a customer",
                "Subscription transfer between resellers is stuck",
                "Delegated admin relationship request expired"
              };
          case ACCOUNT_SETUP ->
              new String[] {
                "New tenant domain verification fails", "Bulk user import rejects the file"
              };
          case ACCOUNT_AND_BILLING ->
              new String[] {
                "Customer asks why licences renewed", "Customer invoice shows wrong company name"
              };
          case HOW_TO ->
              new String[] {
                "How to set up shared mailboxes", "How to enable multi-factor authentication"
              };
          case SERVICE_UPDATES ->
              new String[] {
                "Customer asks about the upcoming Teams change",
                "Feature missing after the monthly update"
              };
          case SOFTWARE_CONFIGURATION ->
              new String[] {
                "Mail flow rule does not apply", "Conditional access policy blocks all users"
              };
          case CLIENT_CONNECTIVITY ->
              new String[] {
                "Outlook keeps asking for the password", "OneDrive client cannot sync behind proxy"
              };
          case PERFORMANCE_AVAILABILITY ->
              new String[] {
                "SharePoint site very slow in Beijing office",
                "Exchange Online unavailable for the tenant"
              };
        };
    return options[random.nextInt(options.length)];
  }

  static String description(RequestCategory category, String title, Random random) {
    return title
        + ". Started "
        + (1 + random.nextInt(5))
        + " day(s) ago and affects "
        + (1 + random.nextInt(200))
        + " user(s). Category: "
        + category.name().toLowerCase().replace('_', ' ')
        + ".";
  }
}
