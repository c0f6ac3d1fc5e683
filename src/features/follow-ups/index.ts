export { FollowUpList, type FollowUpListProps } from './FollowUpList';
export { FollowUpPanel } from './FollowUpPanel';
export { FollowUpStatus } from './FollowUpStatus';
