import { BadRequestException, ValidationPipe } from '@nestjs/common';
import { validationMessages } from '../errors/format-error';

/** Input validation whose errors name the field, so forms can show each message beside its field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const fields = validationMessages(errors);
      return new BadRequestException({ message: fields[0]?.message ?? 'Saisie invalide.', fields });
    },
  });
}
