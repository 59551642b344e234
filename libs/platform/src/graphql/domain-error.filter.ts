import { Catch, type ExceptionFilter } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';

/**
 * A DomainError is an answer to the user, not a fault of the service: hand it to GraphQL's error
 * formatting without Nest logging it as an unexpected exception.
 */
@Catch(DomainError)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError): DomainError {
    return error;
  }
}
