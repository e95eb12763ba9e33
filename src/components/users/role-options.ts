import type { Option } from "@/components/ui/form";

export const ROLE_OPTIONS: Option[] = [
  { value: "administrator", label: "Administrator (set-up, users and roles)" },
  { value: "secretariat", label: "Secretariat (meetings, the calendar, membership)" },
  { value: "chair", label: "Chair (as secretariat, and waivers, challenges, sign-off)" },
  { value: "member", label: "Member (reads the board's work)" },
];
