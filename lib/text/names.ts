// Official names, as the notices, minutes and reports write them. Pure.
import { cnOrdinal } from "@/lib/text/numerals";

/** 清水镇第十七届人民代表大会第一次会议. */
export function sessionOfficialName(townshipName: string, termNumber: number, sessionNumber: number): string {
  return `${townshipName}${cnOrdinal(termNumber)}届人民代表大会${cnOrdinal(sessionNumber)}次会议`;
}

/** 清水镇第十七届人民代表大会主席团第一次会议. */
export function presidiumMeetingOfficialName(townshipName: string, termNumber: number, meetingNumber: number): string {
  return `${townshipName}${cnOrdinal(termNumber)}届人民代表大会主席团${cnOrdinal(meetingNumber)}次会议`;
}
