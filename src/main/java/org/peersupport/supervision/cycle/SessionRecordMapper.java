package org.peersupport.supervision.cycle;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

/** The validated session record form onto the session entity (a draft until the specialist signs it). */
@Mapper(componentModel = "spring")
interface SessionRecordMapper {

  @Mapping(target = "recordedAt", ignore = true)
  void update(@MappingTarget SupervisionSession session, SessionRecordForm form);

  SessionActionItem toEntity(SessionRecordForm.ActionItem item);
}
