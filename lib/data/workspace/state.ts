import { checkDataset } from '@/lib/model';
import { datasetJson, type DatasetState } from './parts';

/** Checks a state under an id: the dataset and its problems, with the model's own checks. */
export function checkState(id: string, state: DatasetState) {
  return checkDataset(datasetJson(id, state), new Map(Object.entries(state.texts)));
}
