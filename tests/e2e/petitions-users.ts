// 登记镇's names and accounts (seeded by petitions-seed.ts; the specs import only this, no server code).
export const E2E_PETITION_TOWNSHIP = "登记镇";
export const E2E_PETITION_UNIT = "民政办";
export const E2E_PETITION_USERS = {
  office: "e2e-petreg-office",
  chair: "e2e-petreg-chair",
  unit: "e2e-petreg-unit",
  deputy: "e2e-petreg-deputy",
};
/** The petition already on file, handed to 民政办: its petitioner and personal data (to be masked for the unit). */
export const E2E_PETITION_EARLIER = {
  subject: "砖厂拖欠工资",
  petitioner: "王建国",
  phone: "13812345678",
  idNumber: "11010519491231002X",
  maskedId: "1101**********002X",
  address: "信访镇王庄村三组十二号",
};
