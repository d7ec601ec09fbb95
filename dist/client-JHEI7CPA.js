import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  GitHubError,
  MAX_ANSWER_BYTES,
  MAX_BYTES_PER_REPOSITORY,
  MAX_REQUESTS_PER_REPOSITORY,
  MalformedAnswer,
  createGitHubClient,
  describeAnswer,
  explainFailure,
  withRequestBudget
} from "./chunk-CQJNBCNA.js";
import "./chunk-EDFD6YIN.js";
import "./chunk-SZREWI2H.js";
import "./chunk-QHHN7UPP.js";
import "./chunk-VF57VZD3.js";
export {
  GitHubError,
  MAX_ANSWER_BYTES,
  MAX_BYTES_PER_REPOSITORY,
  MAX_REQUESTS_PER_REPOSITORY,
  MalformedAnswer,
  createGitHubClient,
  describeAnswer,
  explainFailure,
  withRequestBudget
};
