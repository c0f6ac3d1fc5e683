export { RecordReviewScreen } from './RecordReviewScreen';
