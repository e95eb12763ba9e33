import { z } from "zod";
import { capacityKey } from "./vocabulary-admin";
import { civilDate } from "./common";

const id = (what: string) =>
  z
    .string({ error: `Choose ${what}` })
    .trim()
    .min(1, { error: `Choose ${what}` })
    .max(64, { error: `Choose ${what}` });
const version = z.coerce
  .number({ error: "Reload the page and try again" })
  .int()
  .min(1, { error: "Reload the page and try again" });
/** A capacity's key: the format here; whether it is in the Capacity table, in the use case. */
const capacity = capacityKey;
const inRange = civilDate.refine((d) => d >= "1990-01-01" && d <= "2099-12-31", {
  error: "Enter a date between 1990 and 2099",
});

export const addMembershipSchema = z
  .object({
    boardId: id("a board"),
    personId: id("a person"),
    capacity,
    organisationId: id("the organisation they represent"),
    startsOn: inRange,
    endsOn: inRange.optional(),
  })
  .refine((v) => !v.endsOn || v.endsOn >= v.startsOn, {
    path: ["endsOn"],
    error: "The end date must be on or after the start date",
  });

export const endMembershipSchema = z.object({ membershipId: id("a membership"), endsOn: inRange, version });

export const changeCapacitySchema = z.object({ membershipId: id("a membership"), capacity, from: inRange, version });

export const recordPostHolderSchema = z.object({ postId: id("a post"), personId: id("a person"), from: inRange });
