package org.peersupport.supervision.cycle;

/** A signed (attested) supervision record is final and cannot be edited or removed. */
public class AttestedRecordException extends IllegalStateException {

  public AttestedRecordException() {
    super("This supervision record was signed by the specialist and is final: it cannot be changed.");
  }
}
