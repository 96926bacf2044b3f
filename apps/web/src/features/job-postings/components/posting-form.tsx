import type { Posting } from "@jiuye/contract/job-postings";
import { Alert, App, Button, Flex, Form, Typography } from "antd";
import dayjs from "dayjs";
import { type ReactElement, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../lib/api-client.ts";
import { showErrorsOnForm } from "../../../lib/form-errors.ts";
import type { CheckInput } from "../api/check-posting.ts";
import { type PostingInput, useSavePosting } from "../api/save-posting.ts";
import { useTransitionPosting } from "../api/transition-posting.ts";
import { LiveCheckPanel } from "./live-check-panel.tsx";
import { PostingFormFields } from "./posting-form-fields.tsx";
import "./postings.css";

export interface OccupationSlotProps {
  hints: { title: string; description: string };
  initial: { code: string; name: string } | null;
}

interface PostingFormProps {
  /** The posting being edited; a new draft when absent. */
  posting?: Posting;
  /** For staff creating a posting: the employer picker (it receives `value` and `onChange`). */
  employerSelect?: ReactElement;
  regionSelect: ReactElement;
  industrySelect: ReactElement;
  occupationPicker: (props: OccupationSlotProps) => ReactElement;
  onSaved: (posting: Posting) => void;
  onCancel: () => void;
}

function initialValues(posting: Posting | undefined): Partial<PostingInput> {
  if (!posting) {
    return {
      salaryUnit: "month",
      employmentType: "full_time",
      benefits: [],
      validUntil: dayjs().add(30, "day").format("YYYY-MM-DD"),
    };
  }
  return {
    title: posting.title,
    description: posting.description,
    requirements: posting.requirements,
    occupationCode: posting.occupation?.code ?? null,
    industryCode: posting.industry?.code ?? null,
    regionCode: posting.regionCode,
    address: posting.address,
    latitude: posting.latitude,
    longitude: posting.longitude,
    headcount: posting.headcount,
    salaryMin: posting.salaryMin,
    salaryMax: posting.salaryMax,
    salaryUnit: posting.salaryUnit,
    employmentType: posting.employmentType,
    education: posting.education,
    experienceYears: posting.experienceYears,
    benefits: posting.benefits,
    validUntil: posting.validUntil,
    howToApply: posting.howToApply,
  };
}

/** What the law check needs of the form as it stands; null until there is something to check. */
function checkInputOf(values: Partial<PostingInput> | undefined): CheckInput | null {
  const title = values?.title?.trim() ?? "";
  const description = values?.description?.trim() ?? "";
  if (!values || (title === "" && description === "")) return null;
  return {
    title: title.slice(0, 200),
    description: description.slice(0, 10_000),
    requirements: values.requirements?.slice(0, 5000) || undefined,
    salaryMin: values.salaryMin ?? null,
    salaryMax: values.salaryMax ?? null,
    salaryUnit: values.salaryUnit ?? null,
    regionCode: values.regionCode ?? null,
    headcount: values.headcount ?? null,
    validUntil: values.validUntil ?? null,
  };
}

/** A posting's form, with the law check beside it as it is typed; saves a draft, or saves and submits it. */
export function PostingForm(props: PostingFormProps) {
  const { posting, employerSelect, regionSelect, industrySelect, occupationPicker, onSaved, onCancel } =
    props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PostingInput>();
  const values = Form.useWatch([], form);
  const save = useSavePosting();
  const transition = useTransitionPosting();
  const [error, setError] = useState<string | null>(null);
  const andSubmit = useRef(false);

  async function finish(input: PostingInput) {
    setError(null);
    let saved: Posting;
    try {
      saved = (
        await save.mutateAsync({
          id: posting?.id ?? null,
          input: { ...input, benefits: input.benefits ?? [] },
        })
      ).posting;
    } catch (cause) {
      setError(showErrorsOnForm(form, cause));
      return;
    }
    if (!andSubmit.current) {
      void message.success(t("postingForm.saved"));
      onSaved(saved);
      return;
    }
    try {
      const moved = await transition.mutateAsync({ id: saved.id, action: "submit" });
      void message.success(t("postingForm.savedAndSubmitted"));
      onSaved(moved.posting);
    } catch (cause) {
      if (cause instanceof ApiError && cause.code === "JOBS_COMPLIANCE_BLOCKED") {
        void message.warning(t("postingForm.savedButBlocked"));
      } else {
        void message.error(cause instanceof Error ? cause.message : String(cause));
      }
      onSaved(saved);
    }
  }

  function submitWith(submit: boolean) {
    andSubmit.current = submit;
    form.submit();
  }

  const busy = save.isPending || transition.isPending;
  return (
    <div className="posting-form-layout">
      <Form<PostingInput>
        form={form}
        layout="vertical"
        initialValues={initialValues(posting)}
        onFinish={(input) => void finish(input)}
        scrollToFirstError
        style={{ maxWidth: 880 }}
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        {posting && (
          <Typography.Paragraph>
            {t("postingForm.employer")}：<strong>{posting.employer.name}</strong>
          </Typography.Paragraph>
        )}
        <PostingFormFields
          form={form}
          employerSelect={posting ? undefined : employerSelect}
          regionSelect={regionSelect}
          industrySelect={industrySelect}
          occupationPicker={occupationPicker({
            hints: { title: values?.title ?? "", description: values?.description ?? "" },
            initial: posting?.occupation ?? null,
          })}
        />
        <Flex gap={12} wrap>
          <Button
            type="primary"
            loading={busy && andSubmit.current}
            disabled={busy}
            onClick={() => submitWith(true)}
          >
            {t("postingForm.saveAndSubmit")}
          </Button>
          <Button loading={busy && !andSubmit.current} disabled={busy} onClick={() => submitWith(false)}>
            {t("postingForm.saveDraft")}
          </Button>
          <Button type="text" onClick={onCancel}>
            {t("postingForm.cancel")}
          </Button>
        </Flex>
      </Form>
      <aside>
        <LiveCheckPanel input={checkInputOf(values)} />
      </aside>
    </div>
  );
}
