import { endpoint } from './endpoint';
import {
  ChangeSupervisionModeRequest,
  EndSupervisionRequest,
  StartSupervisionRequest,
  Supervision,
  SupervisionGrant,
  SupervisionParams,
  VouchSupervisionRequest,
} from './supervision';

/** Supervision on a live call (#13): the grant, the seat's vouching, mode changes and the end. */
export const supervisionEndpoints = {
  startSupervision: endpoint({
    method: 'post',
    path: '/api/supervision',
    summary: 'A grant to listen in on a live call of my centre (audited); dial the counsellor’s seat with it',
    tag: 'supervision',
    access: ['supervisor', 'trainer'],
    body: StartSupervisionRequest,
    response: SupervisionGrant,
  }),
  vouchSupervision: endpoint({
    method: 'post',
    path: '/api/supervision/{id}/vouch',
    summary: 'The counsellor’s phone asks whether a supervision call offered on its caller call is genuine (single use; refusals are reported)',
    tag: 'supervision',
    access: ['counsellor', 'supervisor'],
    params: SupervisionParams,
    body: VouchSupervisionRequest,
    response: Supervision,
  }),
  supervision: endpoint({
    method: 'get',
    path: '/api/supervision/{id}',
    summary: 'One supervision as it stands (its supervisor or its counsellor)',
    tag: 'supervision',
    access: ['counsellor', 'supervisor', 'trainer'],
    params: SupervisionParams,
    response: Supervision,
  }),
  changeSupervisionMode: endpoint({
    method: 'patch',
    path: '/api/supervision/{id}',
    summary: 'Switch between listen, whisper and barge (its supervisor; audited and logged on the record)',
    tag: 'supervision',
    access: ['supervisor', 'trainer'],
    params: SupervisionParams,
    body: ChangeSupervisionModeRequest,
    response: Supervision,
  }),
  endSupervision: endpoint({
    method: 'post',
    path: '/api/supervision/{id}/end',
    summary: 'End a supervision (its supervisor or its counsellor; audited and logged on the record)',
    tag: 'supervision',
    access: ['counsellor', 'supervisor', 'trainer'],
    params: SupervisionParams,
    body: EndSupervisionRequest,
    response: Supervision,
  }),
};
