insert into "tasks" ("name", "payload", "run_at", "max_attempts", "dedupe_key") values ($1, $2, $3, $4, $5) on conflict ("dedupe_key") where status in ('queued', 'running') do nothing;

update "tasks" set "status" = $1, "attempts" = "attempts" + $2, "locked_until" = $3 where "id" in (select "id" from "tasks" where status in ('queued', 'running') and "run_at" <= $4 and ("status" = $5 or "locked_until" < $6) order by "run_at", "id" limit $7 for update skip locked) returning *;

insert into "task_schedules" ("name", "cron", "task_name", "next_run_at") values ($1, $2, $3, $4) on conflict ("name") do update set "cron" = "excluded"."cron", "task_name" = "excluded"."task_name", "next_run_at" = case when "task_schedules"."cron" = "excluded"."cron" then "task_schedules"."next_run_at" else "excluded"."next_run_at" end;
