import { z } from "zod";

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, { error: "Enter your email address" })
    .max(254, { error: "Enter a shorter email address" })
    .pipe(z.email({ error: "Enter an email address in the correct format, like name@example.org" })),
  password: z.string().min(1, { error: "Enter your password" }).max(200, { error: "Enter your password" }),
});
