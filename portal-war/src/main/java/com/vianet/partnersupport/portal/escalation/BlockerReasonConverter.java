package com.vianet.partnersupport.portal.escalation;

import com.vianet.partnersupport.core.request.BlockerReason;
import jakarta.faces.convert.EnumConverter;
import jakarta.faces.convert.FacesConverter;

/** Checkbox values back into blocker reasons (a list's element type is erased at run time). */
@FacesConverter("blockerReasonConverter")
public class BlockerReasonConverter extends EnumConverter {

  public BlockerReasonConverter() {
    super(BlockerReason.class);
  }
}
