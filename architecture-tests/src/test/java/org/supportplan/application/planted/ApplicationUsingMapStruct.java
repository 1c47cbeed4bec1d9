package org.supportplan.application.planted;

import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;

/** Violation: DTO mapping in the core. */
@Mapper
public interface ApplicationUsingMapStruct {

    static ApplicationUsingMapStruct instance() {
        return Mappers.getMapper(ApplicationUsingMapStruct.class);
    }
}
