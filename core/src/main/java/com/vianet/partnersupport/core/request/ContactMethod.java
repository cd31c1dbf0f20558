package com.vianet.partnersupport.core.request;

public enum ContactMethod {
  EMAIL,
  PHONE
}
