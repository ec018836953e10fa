/** Labels for the claim vocabularies only the tooltip shows (kinds and statuses: ../shared/labels.ts). */
import type { ClaimRelation } from '../../core/claims/schema.js';
import type { Confidence } from '../../core/report.js';
import { t, type MessageKey } from '../shared/i18n.js';

export const relationLabel = (relation: ClaimRelation) => t(`relation_${relation}` as MessageKey);
export const confidenceLabel = (confidence: Confidence) => t(`confidence_${confidence}` as MessageKey);
