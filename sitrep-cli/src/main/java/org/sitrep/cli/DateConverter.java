package org.sitrep.cli;

import org.sitrep.model.PartialDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --published} values; a bad date is a usage error with a clear message. */
final class DateConverter implements ITypeConverter<PartialDate> {
  @Override
  public PartialDate convert(String value) {
    try {
      return PartialDate.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException("'" + value + "' is not a date (YYYY-MM-DD)");
    }
  }
}
