import type { Centre, CentreAlert, ContactRecord, FollowUp, HandoffView, Handover, Me, NoteChip, RecordHandover, Role, SeatView } from '../contract';
import type { RecordReview } from '../contract/review';
import type { TrainingCallView } from '../contract/training';
import { emptyHandover, offlineSeat } from './shift-defaults';
import { createTrainingMockData } from './training-data';
import type { MockListing, MockSuggestion } from './nuisance-handlers';
import type { MockLiveCall, MockSupervision } from './supervision-handlers';
import type { MockAuditEntry } from './audit-log-handlers';

/** A record as the mock API keeps it: with the caller's whole number, which it never sends back unasked. */
export type MockContact = ContactRecord & { callerNumber: string };

/** The mock API's world: a handful of demo staff and two centres, reset before every test. */
export interface MockStaff extends Me {
  password: string;
  sipUsername: string;
}

const fuzhou: Centre = { areaCode: '0591', cityZh: '福州', cityEn: 'Fuzhou', provinceZh: '福建省', provinceEn: 'Fujian' };
const xiamen: Centre = { areaCode: '0592', cityZh: '厦门', cityEn: 'Xiamen', provinceZh: '福建省', provinceEn: 'Fujian' };

function staff(id: string, username: string, displayName: string, role: Role, centre: Centre | null, sip: string, trainee = false): MockStaff {
  return { id, username, displayName, role, centre, trainee, mustChangePassword: false, password: `${username}-pass`, sipUsername: sip };
}

export function createMockData() {
  return {
    centres: [fuzhou, xiamen],
    /** Centres whose line an admin closed (centre-config-handlers). */
    closedLines: [] as string[],
    staff: [
      staff('s1', 'counsellor1', '张咨询员', 'counsellor', fuzhou, '8001'),
      staff('s2', 'supervisor1', '李督导', 'supervisor', fuzhou, '8101'),
      staff('s3', 'trainer1', '王培训师', 'trainer', null, '8201'),
      staff('s4', 'admin1', '陈管理员', 'admin', null, '8301'),
      staff('s5', 'trainee1', '周学员', 'counsellor', fuzhou, '8005', true),
    ],
    signedIn: null as MockStaff | null,
    contacts: new Map<string, MockContact>(),
    handoffs: new Map<string, { token: string; view: HandoffView }>(),
    recordHandovers: new Map<string, RecordHandover>(),
    /** Supervisors' reviews by record id (review-handlers). */
    reviews: new Map<string, RecordReview>(),
    nuisanceListings: [] as MockListing[],
    nuisanceSuggestions: [] as MockSuggestion[],
    seat: offlineSeat() as SeatView,
    handover: emptyHandover as Handover,
    handoverNotes: [] as string[],
    /** Counsellors' help requests, oldest first; a test acknowledges one as a supervisor would. */
    helpRequests: [] as CentreAlert[],
    noteChips: [
      { id: 'sleep', zh: '失眠', en: 'Insomnia' },
      { id: 'study', zh: '学业压力', en: 'Study stress' },
    ] as NoteChip[],
    institutions: [
      {
        id: 'fz4',
        nameZh: '福州市第四医院',
        nameEn: 'Fuzhou Fourth Hospital',
        areaCode: '0591',
        phone: '059183727227',
        address: '福州市仓山区',
        hours: '周一至周日 8:00–17:30',
        services: '精神科门诊、心理咨询',
        retired: false,
      },
      {
        id: 'fz-old',
        nameZh: '福州市旧心理门诊',
        nameEn: 'Old Fuzhou clinic',
        areaCode: '0591',
        phone: '',
        address: '',
        hours: '',
        services: '',
        retired: true,
      },
    ],
    /** Follow-up tasks of the signed-in staff member's centre. */
    followUps: [] as FollowUp[],
    /** The centre's alerts, as the API keeps them (acknowledgeAlert). */
    alerts: [] as CentreAlert[],
    /** Counsellors' calls in progress, which a supervisor may listen in on; set by a test. */
    liveCalls: [] as MockLiveCall[],
    supervisions: new Map<string, MockSupervision>(),
    /** The training library (training-library-handlers). */
    training: createTrainingMockData(),
    /** Mock calls by training call id, as their trainer reads them (mock-call-handlers). */
    trainingCalls: new Map<string, TrainingCallView>(),
    failedSignIns: 0,
    /** The tab whose SIP credentials are live, as the API would know it; set by a test for "another device took the seat". */
    seatHolderTab: null as string | null,
    /** Staff administration (staff-admin-handlers): the supervisors' centre setting, deactivated accounts by id. */
    staffAdmin: { supervisorsManageStaff: false, deactivated: new Map<string, string>() },
    /** Set by a test to make every endpoint fail as if the server were down. */
    outage: false,
    /** The audit log, newest first (audit-log-handlers). */
    auditLog: [] as MockAuditEntry[],
  };
}

export type MockData = ReturnType<typeof createMockData>;
export const mockData: MockData = createMockData();

export function resetMockData(): void {
  Object.assign(mockData, createMockData());
}
