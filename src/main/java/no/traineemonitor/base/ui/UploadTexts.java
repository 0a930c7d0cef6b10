package no.traineemonitor.base.ui;

import com.vaadin.flow.component.upload.UploadI18N;
import java.util.function.Function;

/** An upload's own texts in the reader's language (Vaadin's are English): the yearly return and the reference import. */
public final class UploadTexts {

    private UploadTexts() {
    }

    /**
     * @param translate  a key to the reader's text (a view's {@code getTranslation})
     * @param addKey     the key of the button's text ("Last opp årsrapporten …")
     * @param wrongKey   the key of the message for a file of the wrong type
     */
    public static UploadI18N of(Function<String, String> translate, String addKey, String wrongKey) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(translate.apply(addKey)));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(translate.apply("reporting.upload.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(translate.apply("reporting.upload.too-big"))
                .setIncorrectFileType(translate.apply(wrongKey))
                .setTooManyFiles(translate.apply("reporting.upload.one-file")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(translate.apply("reporting.upload.connecting"))
                        .setProcessing(translate.apply("reporting.upload.processing"))
                        .setStalled(translate.apply("reporting.upload.stalled")).setHeld(translate.apply("reporting.upload.held")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(translate.apply("reporting.upload.failed"))
                        .setUnexpectedServerError(translate.apply("reporting.upload.failed"))
                        .setForbidden(translate.apply("reporting.upload.forbidden"))
                        .setFileTooLarge(translate.apply("reporting.upload.too-big"))));
        i18n.setFile(new UploadI18N.File().setRemove(translate.apply("reporting.upload.remove"))
                .setRetry(translate.apply("reporting.upload.retry")).setStart(translate.apply("reporting.upload.start")));
        return i18n;
    }
}
