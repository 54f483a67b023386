package io.tandem.cli;

import io.tandem.cib.Cib;
import io.tandem.cib.CibException;
import io.tandem.cib.CibProblem;
import io.tandem.cib.CibValidator;
import io.tandem.cib.XmlElement;
import java.util.List;

/** The cib package's checks: the document must unpack into a {@link Cib}, then pass {@link CibValidator}. */
public final class ValidatorCheck implements CibCheck {

    @Override
    public List<CibProblem> check(XmlElement xml) {
        try {
            return CibValidator.validate(Cib.fromXml(xml));
        } catch (CibException e) {
            return List.of(CibProblem.error(xml.id() != null ? xml.id() : xml.name(), e.getMessage()));
        }
    }
}
